-- The English texts of the seeded recommendations now say all that the Chinese and Russian ones
-- say (the standards the committee aligns, "China-led", the government–industry–academia–research
-- exchanges), and TT-2 points at the exchange indicators the catalog gained (I9, R10) instead of
-- degree programmes and investment facilitation. Only rows still holding the seeded text are
-- changed: an organizer's own wording stays.
UPDATE "recommendations" SET "text_en" = 'Accelerate the formulation of a framework for cross-border data-circulation agreements, especially in key areas such as energy, transport and manufacturing'
WHERE "code" = 'DG-1' AND "text_en" = 'Accelerate a framework for cross-border data-circulation agreements, especially in energy, transport and manufacturing';
UPDATE "recommendations" SET "text_en" = 'Establish a China–Russia Joint Committee on Digital Standards to promote, in step, the alignment of standards in areas such as power carbon-emission indicators, data security and AI ethics'
WHERE "code" = 'DG-2' AND "text_en" = 'Establish a China–Russia Joint Committee on Digital Standards';
UPDATE "recommendations" SET "text_en" = 'Promote Russian participation in China-led international digital-platform governance initiatives, such as the Digital Silk Road cooperation mechanism'
WHERE "code" = 'DG-3' AND "text_en" = 'Promote Russian participation in international digital-platform governance initiatives such as the Digital Silk Road cooperation mechanism';
UPDATE "recommendations" SET "text_en" = 'Encourage universities to add cooperative courses and joint (double) degree programmes in the fields of China–Russia intelligent industries'
WHERE "code" = 'TT-1' AND "text_en" = 'Encourage universities to add cooperative courses and joint degree programs for China–Russia intelligent industries';
UPDATE "recommendations" SET "text_en" = 'Strengthen exchanges between government, industry, academia and research, hold the China–Russia New Quality Productivity Cooperation Forum regularly and establish a long-term communication mechanism'
WHERE "code" = 'TT-2' AND "text_en" = 'Hold the China–Russia New Quality Productivity Cooperation Forum regularly and establish a long-term communication mechanism';
UPDATE "recommendations" SET "indicator_codes" = ARRAY['I9', 'R10']::text[]
WHERE "code" = 'TT-2' AND "indicator_codes" = ARRAY['R4', 'I5']::text[];
