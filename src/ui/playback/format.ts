/** Simulated time as m:ss.t, the way a class reads it off the projector. */
export function formatSimTime(ms: number): string {
  const totalTenths = Math.floor(ms / 100);
  const tenths = totalTenths % 10;
  const seconds = Math.floor(totalTenths / 10) % 60;
  const minutes = Math.floor(totalTenths / 600);
  return `${minutes}:${String(seconds).padStart(2, '0')}.${tenths}`;
}
