import "server-only";

import type { Operation } from "../operation";
import {
  createEvidenceOperation,
  decideEvidenceOperation,
  getEvidence,
  replaceEvidence,
  submitEvidenceOperation,
  withdrawEvidenceOperation,
} from "./evidence";
import { getIndicator, listIndicators } from "./indicators";
import { getInitiative } from "./initiatives";
import { getProject, updateProjectOperation } from "./projects";
import { getRecommendation, listRecommendations } from "./recommendations";
import { getProjectScore } from "./scores";
import { getToken } from "./token";

/** Every operation of /api/v1, in the order the reference lists them. */
export const OPERATIONS: Operation[] = [
  getToken,
  getProject,
  updateProjectOperation,
  getProjectScore,
  getEvidence,
  createEvidenceOperation,
  replaceEvidence,
  submitEvidenceOperation,
  withdrawEvidenceOperation,
  decideEvidenceOperation,
  listIndicators,
  getIndicator,
  listRecommendations,
  getRecommendation,
  getInitiative,
];
