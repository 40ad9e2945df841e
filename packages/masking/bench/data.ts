// Deterministic benchmark data: 100,000 synthetic citizen records and mixed Chinese free text.
import { syntheticIds } from '@govkit/identifiers';

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗';
const GIVEN = [
  '伟',
  '芳',
  '娜',
  '秀英',
  '敏',
  '静',
  '丽',
  '强',
  '磊',
  '洋',
  '艳',
  '勇',
  '军',
  '杰',
  '娟',
  '涛',
  '明',
  '超',
  '霞',
  '平',
];
const STREETS = [
  '浙江省杭州市西湖区文三路',
  '北京市朝阳区建国路',
  '广东省深圳市南山区科技园路',
  '四川省成都市武侯区人民南路',
];

export interface CitizenRecord {
  caseId: string;
  status: string;
  name: string;
  idNumber: string;
  mobile: string;
  email: string;
  address: string;
  bankCard: string;
}

export function citizenRecords(count: number, seed = 2026): CitizenRecord[] {
  const ids = syntheticIds(seed);
  return Array.from({ length: count }, (_, i) => ({
    caseId: `C${String(i).padStart(8, '0')}`,
    status: i % 3 === 0 ? 'accepted' : 'closed',
    name: SURNAMES[i % SURNAMES.length]! + GIVEN[(i * 7) % GIVEN.length]!,
    idNumber: ids.residentId(),
    mobile: ids.mobile(),
    email: `user${i}@example.cn`,
    address: `${STREETS[i % STREETS.length]}${(i % 300) + 1}号${(i % 20) + 1}幢`,
    bankCard: ids.bankCard(),
  }));
}

/** About `kib` KiB of government-service prose with an identifier in roughly every other sentence. */
export function mixedChineseText(kib: number, seed = 7): string {
  const ids = syntheticIds(seed);
  const plain = [
    '申请人已按办事指南提交全部申请材料，窗口工作人员当场受理。',
    '根据《中华人民共和国行政许可法》第三十二条，材料不齐全的应当一次告知需要补正的全部内容。',
    '本事项承诺时限为五个工作日，法定时限为二十个工作日。',
    'The applicant submitted the form online and chose express delivery of the licence.',
  ];
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < kib * 1024; i++) {
    const s =
      i % 2 === 0
        ? plain[i % plain.length]!
        : [
            `申请人身份证号码${ids.residentId()}，`,
            `联系电话${ids.mobile()}。`,
            `企业统一社会信用代码为${ids.uscc()}。`,
            `退款请转入银行卡号${ids.bankCard()}。`,
            `如有疑问请发邮件至 case${i}@gov.example.cn 。`,
          ][i % 5]!;
    parts.push(s);
    size += new TextEncoder().encode(s).length;
  }
  return parts.join('');
}
