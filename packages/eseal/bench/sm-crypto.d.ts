// sm-crypto ships no typings; the benchmark uses only this function.
declare module 'sm-crypto' {
  export const sm2: {
    doVerifySignature(
      msg: string,
      signHex: string,
      publicKey: string,
      options?: { der?: boolean; hash?: boolean; userId?: string },
    ): boolean;
  };
}
