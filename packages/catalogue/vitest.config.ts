import { govkitProject } from '../../vitest.shared.ts';

export default govkitProject('catalogue');
