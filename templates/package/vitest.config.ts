import { govkitProject } from '../../vitest.shared';

export default govkitProject('__NAME__');
