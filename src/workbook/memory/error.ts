/** An error shaped like OfficeExtension.Error: `code`, `message`, `debugInfo`. */
export class MemoryExcelError extends Error {
  readonly code: string;
  readonly debugInfo: { code: string; message: string };
  constructor(code: string, message: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message };
  }
}

export function fail(code: string, message: string): never {
  throw new MemoryExcelError(code, message);
}
