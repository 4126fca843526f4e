import { EvidenceSection } from "@/components/evidence/evidence-section";
import { ScorePanel } from "@/components/scores/score-panel";

/** The scores and evidence features compose into the project page here. */
export function ProjectSlots({ projectId, locale }: { projectId: string; locale: string }) {
  return (
    <>
      <ScorePanel projectId={projectId} locale={locale} />
      <EvidenceSection projectId={projectId} locale={locale} />
    </>
  );
}
