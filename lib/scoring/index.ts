/**
 * Synergia's scoring core (DESIGN §5): pure, deterministic, isomorphic. No framework or I/O
 * imports; time and seeds are inputs.
 */
export { ScoringInputError } from "./errors";
export { couplingDegree, coordination } from "./coupling";
export { coordinationLevel, DEFAULT_LEVEL_THRESHOLDS, LEVEL_KEYS } from "./levels";
export { entropyWeights, type EntropyOptions } from "./entropy";
export { topsis } from "./topsis";
export { topsisRankIntervals, type TopsisRankInterval, type TopsisSensitivityOptions } from "./topsis-sensitivity";
export { obstacleDegrees } from "./obstacle";
export { articleScoringModel, defaultScoringModel, validateScoringModel } from "./model";
export { scorePortfolio, scoreProject } from "./pipeline";
export { sensitivity, MAX_SENSITIVITY_RANKS, MAX_SENSITIVITY_RUNS } from "./sensitivity";
export { mulberry32 } from "./prng";
export { DATA_GOVERNANCE_FLAG, DOCKING_FLAG, FLOW_FLAG, PLATFORM_FLAG, TALENT_FLAG } from "./catalog";
export * from "./types";
