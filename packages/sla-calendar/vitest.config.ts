import { govkitProject } from '../../vitest.shared';

export default govkitProject('sla-calendar');
