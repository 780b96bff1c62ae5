CREATE TABLE "dialogue_actions" (
	"id" serial PRIMARY KEY NOT NULL,
	"dialogue_id" uuid NOT NULL,
	"statement_id" integer,
	"title" text NOT NULL,
	"owner" text DEFAULT '' NOT NULL,
	"due" date,
	"status" text DEFAULT 'open' NOT NULL,
	"position" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dialogue_participants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"dialogue_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"stakeholder" text
);
--> statement-breakpoint
CREATE TABLE "dialogue_statements" (
	"id" serial PRIMARY KEY NOT NULL,
	"dialogue_id" uuid NOT NULL,
	"text" text NOT NULL,
	"origin" text NOT NULL,
	"status" text NOT NULL,
	"author_id" uuid
);
--> statement-breakpoint
CREATE TABLE "dialogue_votes" (
	"dialogue_id" uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"statement_id" integer NOT NULL,
	"value" smallint NOT NULL,
	CONSTRAINT "dialogue_votes_participant_id_statement_id_pk" PRIMARY KEY("participant_id","statement_id"),
	CONSTRAINT "dialogue_votes_value" CHECK ("dialogue_votes"."value" in (-1, 0, 1))
);
--> statement-breakpoint
CREATE TABLE "dialogues" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"question" text NOT NULL,
	"locale" text NOT NULL,
	"stakeholder_groups" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"moderation" text DEFAULT 'before' NOT NULL,
	"allow_statements" boolean DEFAULT true NOT NULL,
	"min_group_size" integer DEFAULT 5 NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"owner_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dialogues_code_unique" UNIQUE("code")
);
--> statement-breakpoint
ALTER TABLE "dialogue_actions" ADD CONSTRAINT "dialogue_actions_dialogue_id_dialogues_id_fk" FOREIGN KEY ("dialogue_id") REFERENCES "public"."dialogues"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogue_actions" ADD CONSTRAINT "dialogue_actions_statement_id_dialogue_statements_id_fk" FOREIGN KEY ("statement_id") REFERENCES "public"."dialogue_statements"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogue_participants" ADD CONSTRAINT "dialogue_participants_dialogue_id_dialogues_id_fk" FOREIGN KEY ("dialogue_id") REFERENCES "public"."dialogues"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogue_statements" ADD CONSTRAINT "dialogue_statements_dialogue_id_dialogues_id_fk" FOREIGN KEY ("dialogue_id") REFERENCES "public"."dialogues"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogue_statements" ADD CONSTRAINT "dialogue_statements_author_id_dialogue_participants_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."dialogue_participants"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogue_votes" ADD CONSTRAINT "dialogue_votes_dialogue_id_dialogues_id_fk" FOREIGN KEY ("dialogue_id") REFERENCES "public"."dialogues"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogue_votes" ADD CONSTRAINT "dialogue_votes_participant_id_dialogue_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."dialogue_participants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogue_votes" ADD CONSTRAINT "dialogue_votes_statement_id_dialogue_statements_id_fk" FOREIGN KEY ("statement_id") REFERENCES "public"."dialogue_statements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "dialogue_actions_dialogue" ON "dialogue_actions" USING btree ("dialogue_id");--> statement-breakpoint
CREATE UNIQUE INDEX "dialogue_participants_token" ON "dialogue_participants" USING btree ("dialogue_id","token_hash");--> statement-breakpoint
CREATE INDEX "dialogue_statements_dialogue" ON "dialogue_statements" USING btree ("dialogue_id","status");--> statement-breakpoint
CREATE INDEX "dialogue_votes_dialogue" ON "dialogue_votes" USING btree ("dialogue_id");