ALTER TABLE "dialogues" ADD COLUMN "question_translation" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "dialogues" ADD COLUMN "min_votes" integer;