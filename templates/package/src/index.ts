/**
 * @packageDocumentation
 * __DESCRIPTION__
 */
export { __PASCAL__Error } from './errors';
