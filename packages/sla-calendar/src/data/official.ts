import type { HolidayArrangement, HolidayKey, HolidaySpan, MakeUpWorkday } from '../arrangement';
import { formatDay, parseDay } from '../civil-date';

/**
 * The official arrangements 2007–2026, one line per notice (国务院办公厅关于YYYY年部分节假日安排的通知),
 * transcribed from the notice text with later changing notices applied. Compact on purpose (the
 * whole calendar must stay under a few KB): `number|entries[|amendments]`, where each entry is
 * `<festival><from>[/<days>][+<make-up working day>…]` as the notice sentence gives it ("2月15日至23日
 * 放假调休，共9天。2月14日、2月28日上班" is `S0215/9+0214+0228`), dates are MMDD of the notice's year,
 * a leading `<` means December of the year before, and festivals are
 * Y 元旦, S 春节, Q 清明节, L 劳动节, D 端午节, M 中秋节, N 国庆节, B 中秋节、国庆节 merged, V 抗战胜利纪念日.
 * Amendments are `number~title`.
 *
 * Notes where the text is easy to misread (each is pinned by a test):
 * - 2007: the two make-up working days of its New Year (30–31 Dec 2006) fall before the data begins.
 * - 2014 Q0405 Q0407, 2015 D0620 D0622, 2016 L0501/2, 2017 Y0101/2: "X日放假，Y日（星期一）补休" —
 *   the Monday off is a day off of the festival; the Sunday between is an ordinary weekend.
 * - 2015: 3–5 Sep off and Sun 6 Sep worked, by the State Council's own notice 国发明电〔2015〕1号.
 * - 2019: Labour Day changed from 1 May alone to 1–4 May, Sun 28 Apr and Sun 5 May worked (国办发明电〔2019〕3号).
 * - 2020: Spring Festival extended to 2 Feb (国办发明电〔2020〕1号), so Sat 1 Feb is no longer worked.
 * - 2025: first year under the 2024 revision of the holiday measures (国务院令第795号): Spring Festival
 *   four statutory days (除夕 restored) and Labour Day two, 13 days in all.
 */
const OFFICIAL = [
  '国办发明电〔2006〕49号|Y0101/3+<1230+<1231 S0218/7+0217+0225 L0501/7+0428+0429 N1001/7+0929+0930',
  '国办发明电〔2007〕52号|Y<1230/3+<1229 S0206/7+0202+0203 Q0404/3 L0501/3+0504 D0607/3 M0913/3 N0929/7+0927+0928',
  '国办发明电〔2008〕42号|Y0101/3+0104 S0125/7+0124+0201 Q0404/3 L0501/3 D0528/3+0531 B1001/8+0927+1010',
  '国办发明电〔2009〕27号|Y0101/3 S0213/7+0220+0221 Q0403/3 L0501/3 D0614/3+0612+0613 M0922/3+0919+0925 N1001/7+0926+1009',
  '国办发明电〔2010〕40号|Y0101/3 S0202/7+0130+0212 Q0403/3+0402 L0430/3 D0604/3 M0910/3 N1001/7+1008+1009',
  '国办发明电〔2011〕45号|Y0101/3+<1231 S0122/7+0121+0129 Q0402/3+0331+0401 L0429/3+0428 D0622/3 B0930/8+0929',
  '国办发明电〔2012〕33号|Y0101/3+0105+0106 S0209/7+0216+0217 Q0404/3+0407 L0429/3+0427+0428 D0610/3+0608+0609 M0919/3+0922 N1001/7+0929+1012',
  '国办发明电〔2013〕28号|Y0101 S0131/7+0126+0208 Q0405 Q0407 L0501/3+0504 D0602 M0908 N1001/7+0928+1011',
  '国办发明电〔2014〕28号|Y0101/3+0104 S0218/7+0215+0228 Q0405/2 L0501 D0620 D0622 M0927 N1001/7+1010 V0903/3+0906|国发明电〔2015〕1号~国务院关于中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日调休放假的通知',
  '国办发明电〔2015〕18号|Y0101 S0207/7+0206+0214 Q0404 L0501/2 D0609/3+0612 M0915/3+0918 N1001/7+1008+1009',
  '国办发明电〔2016〕17号|Y0101/2 S0127/7+0122+0204 Q0402/3+0401 L0501 D0528/3+0527 B1001/8+0930',
  '国办发明电〔2017〕12号|Y0101 S0215/7+0211+0224 Q0405/3+0408 L0429/3+0428 D0618 M0924 N1001/7+0929+0930',
  '国办发明电〔2018〕15号|Y<1230/3+<1229 S0204/7+0202+0203 Q0405 L0501/4+0428+0505 D0607 M0913 N1001/7+0929+1012|国办发明电〔2019〕3号~国务院办公厅关于调整2019年劳动节假期安排的通知',
  '国办发明电〔2019〕16号|Y0101 S0124/10+0119 Q0404/3 L0501/5+0426+0509 D0625/3+0628 B1001/8+0927+1010|国办发明电〔2020〕1号~国务院办公厅关于延长2020年春节假期的通知',
  '国办发明电〔2020〕27号|Y0101/3 S0211/7+0207+0220 Q0403/3 L0501/5+0425+0508 D0612/3 M0919/3+0918 N1001/7+0926+1009',
  '国办发明电〔2021〕11号|Y0101/3 S0131/7+0129+0130 Q0403/3+0402 L0430/5+0424+0507 D0603/3 M0910/3 N1001/7+1008+1009',
  '国办发明电〔2022〕16号|Y<1231/3 S0121/7+0128+0129 Q0405 L0429/5+0423+0506 D0622/3+0625 B0929/8+1007+1008',
  '国办发明电〔2023〕7号|Y0101 S0210/8+0204+0218 Q0404/3+0407 L0501/5+0428+0511 D0610 M0915/3+0914 N1001/7+0929+1012',
  '国办发明电〔2024〕12号|Y0101 S0128/8+0126+0208 Q0404/3 L0501/5+0427 D0531/3 B1001/8+0928+1011',
  '国办发明电〔2025〕7号|Y0101/3+0104 S0215/9+0214+0228 Q0404/3 L0501/5+0509 D0619/3 M0925/3 N1001/7+0920+1010',
];

/** The first year of the shipped data (the year the current holiday scheme's notices begin). */
export const FIRST_OFFICIAL_YEAR = 2007;

const CODES: Record<string, HolidayKey> = {
  Y: 'newYear',
  S: 'springFestival',
  Q: 'qingming',
  L: 'labourDay',
  D: 'dragonBoat',
  M: 'midAutumn',
  N: 'nationalDay',
  B: 'midAutumnAndNationalDay',
  V: 'victoryDay',
};

/** `MMDD` or `<MMDD` in the notice of `year` as `YYYY-MM-DD`. */
function date(year: number, token: string): string {
  const prev = token[0] === '<';
  const t = prev ? token.slice(1) : token;
  return `${prev ? year - 1 : year}-${t.slice(0, 2)}-${t.slice(2, 4)}`;
}

/**
 * The shipped official arrangements, decoded on demand (nothing is built at import time).
 *
 * @example
 * ```ts
 * const y2025 = officialArrangements().find((a) => a.year === 2025)!;
 * y2025.notice.number; // '国办发明电〔2024〕12号'
 * ```
 */
export function officialArrangements(): HolidayArrangement[] {
  return OFFICIAL.map((line, i) => {
    const year = FIRST_OFFICIAL_YEAR + i;
    const [number, body, amended] = line.split('|') as [string, string, string?];
    const holidays: HolidaySpan[] = [];
    const workdays: MakeUpWorkday[] = [];
    for (const entry of body.split(' ')) {
      const holiday = CODES[entry[0]!]!;
      const [span, ...work] = entry.slice(1).split('+') as [string, ...string[]];
      const [from, days = '1'] = span.split('/') as [string, string?];
      const first = parseDay(date(year, from), 'data');
      holidays.push({ holiday, from: formatDay(first), to: formatDay(first + Number(days) - 1) });
      for (const w of work) workdays.push({ date: date(year, w), holiday });
    }
    const amendments = amended
      ? amended.split(';').map((a) => {
          const [n, title] = a.split('~') as [string, string];
          return { number: n, title };
        })
      : [];
    return {
      year,
      notice: { title: `国务院办公厅关于${year}年部分节假日安排的通知`, number },
      amendments,
      holidays,
      workdays,
    };
  });
}
