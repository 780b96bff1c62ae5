CREATE TABLE "quiz_answer_counts" (
	"question_id" text NOT NULL,
	"choice" text NOT NULL,
	"count" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "quiz_answer_counts_question_id_choice_pk" PRIMARY KEY("question_id","choice")
);
--> statement-breakpoint
CREATE TABLE "quiz_submission_counts" (
	"locale" text PRIMARY KEY NOT NULL,
	"count" integer DEFAULT 0 NOT NULL
);
