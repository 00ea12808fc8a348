ALTER TYPE "public"."article_status" ADD VALUE 'review' BEFORE 'published';--> statement-breakpoint
ALTER TYPE "public"."article_status" ADD VALUE 'scheduled' BEFORE 'published';--> statement-breakpoint
ALTER TYPE "public"."article_status" ADD VALUE 'unpublished';--> statement-breakpoint
ALTER TYPE "public"."moderation_action_kind" ADD VALUE 'article_create';--> statement-breakpoint
ALTER TYPE "public"."moderation_action_kind" ADD VALUE 'article_submit';--> statement-breakpoint
ALTER TYPE "public"."moderation_action_kind" ADD VALUE 'article_schedule';--> statement-breakpoint
ALTER TYPE "public"."moderation_action_kind" ADD VALUE 'article_publish';--> statement-breakpoint
ALTER TYPE "public"."moderation_action_kind" ADD VALUE 'article_unpublish';--> statement-breakpoint
ALTER TYPE "public"."moderation_action_kind" ADD VALUE 'article_restore';--> statement-breakpoint
ALTER TYPE "public"."moderation_action_kind" ADD VALUE 'article_slug_change';--> statement-breakpoint
ALTER TYPE "public"."moderation_action_kind" ADD VALUE 'article_withdraw';--> statement-breakpoint
ALTER TYPE "public"."user_role" ADD VALUE 'writer' BEFORE 'moderator';--> statement-breakpoint
ALTER TYPE "public"."user_role" ADD VALUE 'editor' BEFORE 'moderator';--> statement-breakpoint
CREATE TABLE "article_revisions" (
	"id" serial PRIMARY KEY NOT NULL,
	"article_id" integer NOT NULL,
	"version" integer NOT NULL,
	"actor_id" text,
	"status" "article_status" NOT NULL,
	"changed" text[] NOT NULL,
	"autosave" boolean DEFAULT false NOT NULL,
	"snapshot" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "article_slug_redirects" (
	"slug" text PRIMARY KEY NOT NULL,
	"article_id" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "media" (
	"key" text PRIMARY KEY NOT NULL,
	"width" integer NOT NULL,
	"height" integer NOT NULL,
	"widths" integer[] NOT NULL,
	"bytes" integer NOT NULL,
	"uploaded_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "scheduled_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "created_by" text;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "article_revisions" ADD CONSTRAINT "article_revisions_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "article_revisions" ADD CONSTRAINT "article_revisions_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "article_slug_redirects" ADD CONSTRAINT "article_slug_redirects_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "media" ADD CONSTRAINT "media_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "article_revisions_article_idx" ON "article_revisions" USING btree ("article_id","id");--> statement-breakpoint
ALTER TABLE "articles" ADD CONSTRAINT "articles_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "articles_scheduled_idx" ON "articles" USING btree ("scheduled_at") WHERE "articles"."scheduled_at" is not null;--> statement-breakpoint
CREATE INDEX "articles_updated_idx" ON "articles" USING btree ("updated_at","id");