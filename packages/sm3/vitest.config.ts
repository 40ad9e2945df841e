import { govkitProject } from '../../vitest.shared';

export default govkitProject('sm3');
