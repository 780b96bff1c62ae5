CREATE TABLE "event_programme" (
	"id" serial PRIMARY KEY NOT NULL,
	"event_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"title" jsonb NOT NULL,
	"room" text DEFAULT '' NOT NULL,
	"speaker_ids" jsonb DEFAULT '[]'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "event_speakers" (
	"id" serial PRIMARY KEY NOT NULL,
	"event_id" uuid NOT NULL,
	"name" text NOT NULL,
	"affiliation" text DEFAULT '' NOT NULL,
	"bio" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"community" boolean DEFAULT false NOT NULL,
	"honorarium_owed" integer DEFAULT 0 NOT NULL,
	"honorarium_paid" integer DEFAULT 0 NOT NULL,
	"paid_on" date
);
--> statement-breakpoint
CREATE TABLE "events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"kind" text NOT NULL,
	"visibility" text DEFAULT 'public' NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"title" jsonb NOT NULL,
	"summary" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"time_zone" text NOT NULL,
	"venue" text DEFAULT '' NOT NULL,
	"address" text DEFAULT '' NOT NULL,
	"online_url" text,
	"accessibility" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"capacity" integer,
	"waitlist" boolean DEFAULT true NOT NULL,
	"registration_open" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "events_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "registrations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"name" text NOT NULL,
	"email" text NOT NULL,
	"display_name" text DEFAULT '' NOT NULL,
	"pronouns" text DEFAULT '' NOT NULL,
	"accessibility_needs" text DEFAULT '' NOT NULL,
	"dietary_needs" text DEFAULT '' NOT NULL,
	"locale" text NOT NULL,
	"status" text NOT NULL,
	"manage_token_hash" text NOT NULL,
	"checked_in_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "registrations_manage_token_hash_unique" UNIQUE("manage_token_hash")
);
--> statement-breakpoint
ALTER TABLE "event_programme" ADD CONSTRAINT "event_programme_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_speakers" ADD CONSTRAINT "event_speakers_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registrations" ADD CONSTRAINT "registrations_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "event_programme_event" ON "event_programme" USING btree ("event_id");--> statement-breakpoint
CREATE INDEX "event_speakers_event" ON "event_speakers" USING btree ("event_id");--> statement-breakpoint
CREATE INDEX "registrations_event" ON "registrations" USING btree ("event_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "registrations_event_email" ON "registrations" USING btree ("event_id","email");