/**
 * @packageDocumentation
 * Official PRC working days, statutory and promised deadlines, case clocks with pauses, extensions and warnings.
 */
export { SlaCalendarError } from './errors';
