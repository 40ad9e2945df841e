import type { AuditProblem } from './audit';
import type { WorkflowError, WorkflowErrorCode } from './errors';
import type { Bilingual } from './types';

/** Chinese reasons by failed check (`WorkflowError.detail`); kept out of the engine so it stays small. */
const DETAIL: Record<string, string> = {
  applicantAsOfficial: '申请人不得以工作人员身份办理本人的办件',
  dutyConflict: '同一办件的经办、复核、审批须由不同人员担任',
  closed: '办件已办结或终止',
  suspended: '办件已挂起，请先恢复',
  notInStep: '当前环节不能执行该操作',
  guard: '办件不满足该操作的条件',
  notSigner: '您不是本环节的会签人',
  voted: '您已在本环节表态',
  notYourTurn: '依次审批，尚未轮到您',
  assignedToOther: '该任务已由他人签收',
  delegatedResolve: '委派的任务须交还委派人办理',
  applicantSigner: '申请人不得担任会签人',
  stale: '办件已被他人更新，请刷新后重试',
  timer: '办件时限已届满，请先执行计时检查',
  noTask: '当前环节没有待办任务',
  notHolder: '该任务不在您名下',
  reason: '该操作须说明理由',
  noClaim: '当前环节没有可签收的任务',
  claimed: '该任务已被签收',
  returnTarget: '只能退回到本办件已经过的环节',
  delegatedTransfer: '委派的任务不得转办',
  noDelegate: '该任务不能委派',
  notDelegated: '该任务不是委派任务',
  removeSigner: '该会签人不能减签',
  notSuspended: '办件未挂起',
  noExtension: '该时限不能延长',
  extensionsUsed: '该时限的延长次数已用完',
  notParallel: '当前环节不是并联审批',
  toApplicant: '任务不得交由申请人办理',
  notMultiSigner: '当前环节不是会签环节',
  policyGuard: '会签结果对应的流转条件不满足',
  role: '您不具备办理该操作所需的角色',
};

/** Chinese reasons by code, for errors without a `detail`. */
const CODE: Partial<Record<WorkflowErrorCode, string>> = {
  INVALID_COMMAND: '指令格式有误',
  INVALID_ARGUMENT: '输入格式有误',
  VERSION_CONFLICT: '办件已被他人更新，请刷新后重试',
  DEFINITION_MISMATCH: '办件所用流程版本不符',
  CLOCK_REQUIRED: '缺少时限计算服务',
  HASH_UNAVAILABLE: '该办件的审计记录使用SM3，缺少SM3算法',
  AUDIT_CHAIN_BROKEN: '审计记录校验未通过',
  UNSUPPORTED_SCHEMA_VERSION: '不支持该版本的办件数据',
};

/**
 * The reason for an error, for a person to read: Chinese from a catalogue keyed by the failed check, English
 * from the error's message (which names the field).
 *
 * @example
 * ```ts
 * try { executeCommand(definition, snapshot, command, context); } catch (e) {
 *   if (e instanceof WorkflowError) showToUser(explainError(e).zh);
 * }
 * ```
 */
export function explainError(error: WorkflowError): Bilingual {
  const zh = (error.detail !== undefined && DETAIL[error.detail]) || CODE[error.code] || '操作未能完成';
  return { zh, en: error.message };
}

const AUDIT: Record<AuditProblem['kind'], string> = {
  hash: '记录内容被修改',
  link: '与前一条记录的链接断开（记录被删除、插入或修改）',
  sequence: '记录序号不连续：记录缺失、插入或顺序被调换',
  case: '记录属于另一办件',
  head: '审计记录的末尾与办件不符：记录被截断或追加',
};

/**
 * A problem found by `verifyAuditChain`, for a person to read.
 *
 * @example
 * ```ts
 * const verdict = verifyAuditChain(events, { head: snapshot.head });
 * if (verdict.problem) console.log(explainAuditProblem(verdict.problem).zh);
 * ```
 */
export function explainAuditProblem(problem: AuditProblem): Bilingual {
  const at = problem.kind === 'head' ? '' : `第${problem.index + 1}条：`;
  return { zh: at + AUDIT[problem.kind], en: problem.message };
}
