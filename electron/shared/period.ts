/** A span of days, both ends counted (ISO YYYY-MM-DD): what every period counter takes. */
export interface Period {
  from: string;
  to: string;
}
