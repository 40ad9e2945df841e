import type { LocalizedText } from './arrangement';
import type { Calendar } from './calendar';
import { type CivilDate, formatDay } from './civil-date';
import {
  type ClockInput,
  type ClockOptions,
  type ClockReading,
  type EvaluationDetail,
  evaluate,
  resolveOptions,
} from './clock';
import { beijingDay, formatBeijingTime } from './instant';

/** What an explanation step is about. */
export type ExplanationStepKind =
  | 'start'
  | 'extension'
  | 'skipped'
  | 'counted'
  | 'pause'
  | 'rollForward'
  | 'due'
  | 'assumed';

/** One reason in an explanation, with the days it covers. */
export interface ExplanationStep {
  kind: ExplanationStepKind;
  from?: CivilDate;
  to?: CivilDate;
  text: LocalizedText;
}

/** A deadline with its reasons, showable to a person in Chinese and English. */
export interface DeadlineExplanation {
  reading: ClockReading;
  steps: ExplanationStep[];
  text: LocalizedText;
}

const UNIT_TEXT = {
  workingDays: { zh: '个工作日', en: ' working day(s)' },
  naturalDays: { zh: '日（自然日）', en: ' natural day(s)' },
  hours: { zh: '小时', en: ' hour(s)' },
} as const;

const range = (a: CivilDate, b: CivilDate) => (a === b ? a : `${a}—${b}`);

/**
 * Explains a deadline: the start and why it is not counted, each extension, every run of skipped
 * days (weekend, holiday with its notice, local closure), make-up working days that count, each
 * pause, a natural-day roll-forward, and the due instant — citing the articles, in zh and en.
 *
 * @example
 * ```ts
 * const { text } = explainDeadline(createCalendar(), {
 *   start: '2025-09-30T10:00:00+08:00', limit: { value: 20, unit: 'workingDays' }, extensions: [], pauses: [],
 *   now: '2025-10-09T09:00:00+08:00',
 * });
 * console.log(text.zh); // 2025-09-30 受理，受理当日不计入… 办理期限届满：2025-11-04 24:00（北京时间）
 * ```
 */
export function explainDeadline(
  calendar: Calendar,
  input: ClockInput,
  options: ClockOptions = {},
): DeadlineExplanation {
  const o = resolveOptions(options);
  const e: EvaluationDetail = { unit: 'workingDays', startMs: 0, cursor0: 0, dueDay: 0, unrolledDueDay: 0, pauses: [] };
  const reading = evaluate(calendar, input, o, e);
  const steps: ExplanationStep[] = [];
  const unit = UNIT_TEXT[e.unit];
  const startDate = formatDay(beijingDay(e.startMs));
  const base = input.limit.value;
  steps.push({
    kind: 'start',
    from: startDate,
    text:
      e.unit === 'hours'
        ? {
            zh: `${formatBeijingTime(e.startMs)} 起算，时限${base}${unit.zh}`,
            en: `Starts at ${formatBeijingTime(e.startMs)}; limit ${base}${unit.en}`,
          }
        : o.countStartDay
          ? {
              zh: `${startDate} 受理，按本地规定受理当日计入；时限${base}${unit.zh}`,
              en: `Accepted ${startDate}; by local rule the day of acceptance counts; limit ${base}${unit.en}`,
            }
          : {
              zh: `${startDate} 受理，受理当日不计入，自次日起算（《民法典》第二百零一条）；时限${base}${unit.zh}${e.unit === 'workingDays' ? '，不含法定节假日（《行政许可法》第八十二条）' : ''}`,
              en: `Accepted ${startDate}; the day of acceptance is not counted, counting starts the next day (Civil Code Art. 201); limit ${base}${unit.en}${e.unit === 'workingDays' ? ', public holidays excluded (Administrative Licensing Law Art. 82)' : ''}`,
            },
  });
  input.extensions.forEach((x, i) => {
    steps.push({
      kind: 'extension',
      text: {
        zh: `第${i + 1}次延长${x.value}${unit.zh}（《行政许可法》第四十二条）`,
        en: `Extension ${i + 1}: ${x.value}${unit.en} (Administrative Licensing Law Art. 42)`,
      },
    });
  });
  for (const p of e.pauses) {
    const from = formatDay(p.fromDay);
    const to = formatDay(p.toDay);
    const why = p.reason ? `（${p.reason}）` : '';
    steps.push({
      kind: 'pause',
      from,
      to,
      text: {
        zh: `${formatBeijingTime(p.fromMs)} 至 ${formatBeijingTime(p.toMs)} 特别程序${why}，${from} 次日至 ${to} 不计入期限（《行政许可法》第四十五条）`,
        en: `Special procedure${p.reason ? ` (${p.reason})` : ''} from ${formatBeijingTime(p.fromMs)} to ${formatBeijingTime(p.toMs)}: the days after ${from} up to ${to} are not counted (Administrative Licensing Law Art. 45)`,
      },
    });
  }
  if (e.unit !== 'hours') {
    // Runs of days between the first counted day and the due day that are skipped, or that count although a weekend.
    let runStart = -1;
    let runKey = '';
    const flush = (endDay: number) => {
      if (runStart < 0) return;
      const info = calendar.dayInfo(formatDay(runStart));
      const a = formatDay(runStart);
      const b = formatDay(endDay);
      const src = info.notice ? `（${info.notice}）` : '';
      steps.push(
        info.working
          ? {
              kind: 'counted',
              from: a,
              to: b,
              text: {
                zh: `${range(a, b)} ${info.reason.zh}${src}，计入`,
                en: `${range(a, b)} ${info.reason.en}${info.notice ? ` (${info.notice})` : ''}: counted`,
              },
            }
          : {
              kind: 'skipped',
              from: a,
              to: b,
              text: {
                zh: `${range(a, b)} ${info.reason.zh}${src}，不计入`,
                en: `${range(a, b)} ${info.reason.en}${info.notice ? ` (${info.notice})` : ''}: not counted`,
              },
            },
      );
      runStart = -1;
    };
    const last = Math.max(e.dueDay, e.unrolledDueDay);
    for (let d = e.cursor0 + 1; d <= last; d++) {
      const info = calendar.dayInfo(formatDay(d));
      const notable = e.unit === 'workingDays' && info.kind !== 'workday';
      const key = notable ? `${info.kind}|${info.reason.zh}` : '';
      if (key !== runKey) {
        flush(d - 1);
        if (notable) runStart = d;
        runKey = key;
      }
    }
    flush(last);
    if (e.dueDay !== e.unrolledDueDay) {
      const a = formatDay(e.unrolledDueDay);
      const b = formatDay(e.dueDay);
      steps.push({
        kind: 'rollForward',
        from: a,
        to: b,
        text: {
          zh: `期间最后一日 ${a} 为法定休假日，顺延至其后第一个工作日 ${b}（《民法典》第二百零三条）`,
          en: `The last day ${a} is a rest day, so the period ends on the next working day ${b} (Civil Code Art. 203)`,
        },
      });
    }
  }
  if (reading.assumedYears.length) {
    const ys = reading.assumedYears.join('、');
    steps.push({
      kind: 'assumed',
      text: {
        zh: `${ys}年放假安排尚未收录，按周一至周五为工作日推定，结果待通知发布后核对`,
        en: `No arrangement for ${reading.assumedYears.join(', ')}: assumed Monday–Friday; check again once the notice is published`,
      },
    });
  }
  const cutoffMin = o.cutoffMs === undefined ? 1440 : o.cutoffMs / 60_000;
  const cutoff = `${String(Math.floor(cutoffMin / 60)).padStart(2, '0')}:${String(cutoffMin % 60).padStart(2, '0')}`;
  steps.push({
    kind: 'due',
    to: reading.dueDate as CivilDate,
    text:
      e.unit === 'hours'
        ? { zh: `办理期限届满：${reading.due}`, en: `Due: ${reading.due}` }
        : {
            zh: `办理期限届满：${reading.dueDate} ${cutoff}（北京时间）`,
            en: `Due: ${reading.dueDate} ${cutoff} (Beijing time)`,
          },
  });
  return {
    reading,
    steps,
    text: { zh: steps.map((s) => s.text.zh).join('；\n'), en: steps.map((s) => s.text.en).join(';\n') },
  };
}
