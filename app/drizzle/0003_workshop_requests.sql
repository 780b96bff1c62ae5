CREATE TABLE "workshop_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation" text NOT NULL,
	"contact_name" text NOT NULL,
	"contact_email" text NOT NULL,
	"contact_phone" text DEFAULT '' NOT NULL,
	"sector" text NOT NULL,
	"staff_count" integer NOT NULL,
	"hopes" text NOT NULL,
	"preferred_dates" text DEFAULT '' NOT NULL,
	"format" text NOT NULL,
	"address" text DEFAULT '' NOT NULL,
	"accessibility_needs" text DEFAULT '' NOT NULL,
	"locale" text NOT NULL,
	"status" text DEFAULT 'new' NOT NULL,
	"decline_reason" text DEFAULT '' NOT NULL,
	"contact_token_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "workshop_requests_contact_token_hash_unique" UNIQUE("contact_token_hash")
);
--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "request_id" uuid;--> statement-breakpoint
CREATE INDEX "workshop_requests_status" ON "workshop_requests" USING btree ("status","created_at");--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_request_id_workshop_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."workshop_requests"("id") ON DELETE set null ON UPDATE no action;