CREATE TABLE "session_details" (
	"event_id" uuid PRIMARY KEY NOT NULL,
	"language" text NOT NULL,
	"cancel_reason" text DEFAULT '' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "session_facilitators" (
	"event_id" uuid NOT NULL,
	"staff_user_id" text NOT NULL,
	"experiential" boolean DEFAULT false NOT NULL,
	CONSTRAINT "session_facilitators_event_id_staff_user_id_pk" PRIMARY KEY("event_id","staff_user_id")
);
--> statement-breakpoint
CREATE TABLE "session_reminders" (
	"registration_id" uuid PRIMARY KEY NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "session_details" ADD CONSTRAINT "session_details_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_facilitators" ADD CONSTRAINT "session_facilitators_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_facilitators" ADD CONSTRAINT "session_facilitators_staff_user_id_staff_users_id_fk" FOREIGN KEY ("staff_user_id") REFERENCES "public"."staff_users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_reminders" ADD CONSTRAINT "session_reminders_registration_id_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."registrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "session_facilitators_staff" ON "session_facilitators" USING btree ("staff_user_id");