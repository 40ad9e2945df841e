// Minimal typings for the benchmark's alternative, which ships none.
declare module 'id-validator' {
  interface IdInfo {
    addrCode: number;
    addr: string | false;
    birth: string;
    sex: 0 | 1;
    checkBit: string;
    length: 15 | 18;
  }
  class IDValidator {
    constructor(gb2260?: Record<string, string>);
    isValid(id: string, forceType?: number): boolean;
    getInfo(id: string, forceType?: number): IdInfo | false;
  }
  export = IDValidator;
}
declare module 'id-validator/src/GB2260' {
  const table: Record<string, string>;
  export = table;
}
