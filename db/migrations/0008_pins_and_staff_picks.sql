ALTER TYPE "public"."moderation_action_kind" ADD VALUE 'pin';--> statement-breakpoint
ALTER TYPE "public"."moderation_action_kind" ADD VALUE 'unpin';--> statement-breakpoint
ALTER TYPE "public"."moderation_action_kind" ADD VALUE 'staff_pick';--> statement-breakpoint
ALTER TYPE "public"."moderation_action_kind" ADD VALUE 'remove_staff_pick';--> statement-breakpoint
ALTER TABLE "article_comment_controls" ADD COLUMN "pinned_comment_id" integer;--> statement-breakpoint
ALTER TABLE "comments" ADD COLUMN "staff_pick_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "article_comment_controls" ADD CONSTRAINT "article_comment_controls_pinned_comment_id_comments_id_fk" FOREIGN KEY ("pinned_comment_id") REFERENCES "public"."comments"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "comments_staff_pick_idx" ON "comments" USING btree ("article_id","staff_pick_at","id") WHERE "comments"."staff_pick_at" is not null;