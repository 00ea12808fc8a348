ALTER TYPE "public"."comment_status" ADD VALUE 'shadowed';--> statement-breakpoint
ALTER TYPE "public"."moderation_action_kind" ADD VALUE 'reject';--> statement-breakpoint
ALTER TYPE "public"."moderation_action_kind" ADD VALUE 'shadow_ban';--> statement-breakpoint
ALTER TYPE "public"."moderation_action_kind" ADD VALUE 'lift_shadow_ban';--> statement-breakpoint
ALTER TYPE "public"."moderation_action_kind" ADD VALUE 'set_review';--> statement-breakpoint
ALTER TYPE "public"."moderation_action_kind" ADD VALUE 'reset_name';--> statement-breakpoint
ALTER TYPE "public"."moderation_action_kind" ADD VALUE 'rename';--> statement-breakpoint
ALTER TYPE "public"."moderation_action_kind" ADD VALUE 'add_user_note';--> statement-breakpoint
ALTER TYPE "public"."moderation_action_kind" ADD VALUE 'change_settings';--> statement-breakpoint
ALTER TYPE "public"."moderation_action_kind" ADD VALUE 'article_controls';--> statement-breakpoint
CREATE TABLE "article_comment_controls" (
	"article_id" integer PRIMARY KEY NOT NULL,
	"closed_at" timestamp with time zone,
	"slow_mode_seconds" integer DEFAULT 0 NOT NULL,
	"premoderate_until" timestamp with time zone,
	"message" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "moderation_settings" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"new_account_hold_count" integer DEFAULT 0 NOT NULL,
	"hold_new_account_links" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "moderation_settings_one_row" CHECK ("moderation_settings"."id" = 1)
);
--> statement-breakpoint
CREATE TABLE "user_notes" (
	"id" serial PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"author_id" text,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "comment_reports" ADD COLUMN "reported_body" text;--> statement-breakpoint
ALTER TABLE "moderation_actions" ADD COLUMN "article_id" integer;--> statement-breakpoint
ALTER TABLE "moderation_actions" ADD COLUMN "cause_id" integer;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "always_review" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "shadow_banned_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "name_changed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "article_comment_controls" ADD CONSTRAINT "article_comment_controls_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_notes" ADD CONSTRAINT "user_notes_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_notes" ADD CONSTRAINT "user_notes_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "user_notes_user_idx" ON "user_notes" USING btree ("user_id","created_at");--> statement-breakpoint
ALTER TABLE "moderation_actions" ADD CONSTRAINT "moderation_actions_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "moderation_actions" ADD CONSTRAINT "moderation_actions_cause_id_moderation_actions_id_fk" FOREIGN KEY ("cause_id") REFERENCES "public"."moderation_actions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "moderation_actions_cause_idx" ON "moderation_actions" USING btree ("cause_id");--> statement-breakpoint
CREATE INDEX "moderation_actions_actor_idx" ON "moderation_actions" USING btree ("actor_id","created_at");