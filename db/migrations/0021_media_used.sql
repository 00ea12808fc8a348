ALTER TABLE "media" ADD COLUMN "used_at" timestamp with time zone;--> statement-breakpoint
-- Uploads that a saved article or any of its revisions already uses are in use (once, at this migration).
UPDATE "media" SET "used_at" = now() WHERE EXISTS (SELECT 1 FROM "articles" a WHERE strpos(concat_ws(' ', a."hero_image", a."watch_cta"::text, a."body"), "media"."key") > 0) OR EXISTS (SELECT 1 FROM "article_revisions" r WHERE strpos(r."snapshot"::text, "media"."key") > 0);
