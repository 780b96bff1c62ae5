CREATE TABLE "evaluation_instrument_versions" (
	"id" serial PRIMARY KEY NOT NULL,
	"instrument_id" text NOT NULL,
	"version" integer NOT NULL,
	"definition" jsonb NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "evaluation_instruments" (
	"id" text PRIMARY KEY NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "evaluation_responses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"phase" text NOT NULL,
	"pairing_key" text NOT NULL,
	"answers" jsonb NOT NULL,
	"instrument_version_id" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evaluation_responses_phase" CHECK ("evaluation_responses"."phase" in ('pre', 'post'))
);
--> statement-breakpoint
CREATE TABLE "evaluation_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"event_id" uuid,
	"label" text NOT NULL,
	"organisation" text DEFAULT '' NOT NULL,
	"sector" text DEFAULT '' NOT NULL,
	"held_on" date,
	"instrument_version_id" integer NOT NULL,
	"salt" text NOT NULL,
	"pre_token" text NOT NULL,
	"post_token" text NOT NULL,
	"pre_status" text DEFAULT 'not-open' NOT NULL,
	"post_status" text DEFAULT 'not-open' NOT NULL,
	"origin" text DEFAULT 'live' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evaluation_sessions_code_unique" UNIQUE("code"),
	CONSTRAINT "evaluation_sessions_event_id_unique" UNIQUE("event_id"),
	CONSTRAINT "evaluation_sessions_pre_token_unique" UNIQUE("pre_token"),
	CONSTRAINT "evaluation_sessions_post_token_unique" UNIQUE("post_token")
);
--> statement-breakpoint
ALTER TABLE "evaluation_instrument_versions" ADD CONSTRAINT "evaluation_instrument_versions_instrument_id_evaluation_instruments_id_fk" FOREIGN KEY ("instrument_id") REFERENCES "public"."evaluation_instruments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_instrument_versions" ADD CONSTRAINT "evaluation_instrument_versions_created_by_staff_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."staff_users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_responses" ADD CONSTRAINT "evaluation_responses_session_id_evaluation_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."evaluation_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_responses" ADD CONSTRAINT "evaluation_responses_instrument_version_id_evaluation_instrument_versions_id_fk" FOREIGN KEY ("instrument_version_id") REFERENCES "public"."evaluation_instrument_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_sessions" ADD CONSTRAINT "evaluation_sessions_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_sessions" ADD CONSTRAINT "evaluation_sessions_instrument_version_id_evaluation_instrument_versions_id_fk" FOREIGN KEY ("instrument_version_id") REFERENCES "public"."evaluation_instrument_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "evaluation_instrument_versions_version" ON "evaluation_instrument_versions" USING btree ("instrument_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "evaluation_responses_once" ON "evaluation_responses" USING btree ("session_id","phase","pairing_key");--> statement-breakpoint
CREATE INDEX "evaluation_sessions_held_on" ON "evaluation_sessions" USING btree ("held_on");