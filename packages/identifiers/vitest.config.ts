import { govkitProject } from '../../vitest.shared';

export default govkitProject('identifiers');
