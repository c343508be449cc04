import os from 'node:os'

/** The machine a run happened on, so numbers from different machines are not compared blindly. */
export interface MachineInfo {
  node: string
  cpuModel: string
  cpus: number
  memoryGiB: number
  /** Load average of the last minute when the run ended: other work on the machine shows here. */
  loadAverage1m: number
}

export function machine(): MachineInfo {
  const cpus = os.cpus()
  return {
    node: process.version,
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    cpus: cpus.length,
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    loadAverage1m: Math.round((os.loadavg()[0] ?? 0) * 100) / 100,
  }
}
