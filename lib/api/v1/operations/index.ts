import "server-only";

import type { Operation } from "../operation";
import {
  createEvidenceOperation,
  decideEvidenceOperation,
  getEvidence,
  listProjectEvidence,
  replaceEvidence,
  submitEvidenceOperation,
  withdrawEvidenceOperation,
} from "./evidence";
import { getIndicator, listIndicators } from "./indicators";
import { getInitiative, listInitiatives } from "./initiatives";
import { getProject, listProjectsOperation, updateProjectOperation } from "./projects";
import { getRecommendation, listRecommendations } from "./recommendations";
import { getProjectScore, listProjectScores } from "./scores";
import { getToken } from "./token";

/** Every operation of /api/v1, in the order the reference lists them. */
export const OPERATIONS: Operation[] = [
  getToken,
  listProjectsOperation,
  getProject,
  updateProjectOperation,
  getProjectScore,
  listProjectScores,
  listProjectEvidence,
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
  listInitiatives,
  getInitiative,
];
