/** A file size for people: 12.4 MB, in the UI's digits. */
export { formatBytes } from '../../format';
