export default async function globalTeardown(): Promise<void> {
  await (globalThis as { e2eStop?: () => Promise<void> }).e2eStop?.();
}
