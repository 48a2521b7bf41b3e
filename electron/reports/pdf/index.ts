export { renderPdf, glyphsForText, type LaidOutGlyph } from './renderPdf';
export { reportFrame, reportTableLayout, type OfficeDetails, type ReportFrameInput } from './reportFrame';
export { reportColours } from './reportColours';
export { localDigits, printedDate, type ReportLanguage } from './localNumbers';
export { REPORT_FONT } from './fontFiles';
