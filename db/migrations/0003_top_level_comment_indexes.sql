DROP INDEX "comments_thread_new_idx";--> statement-breakpoint
DROP INDEX "comments_thread_top_idx";--> statement-breakpoint
CREATE INDEX "comments_thread_new_idx" ON "comments" USING btree ("article_id","created_at","id") WHERE "comments"."parent_id" is null;--> statement-breakpoint
CREATE INDEX "comments_thread_top_idx" ON "comments" USING btree ("article_id","like_count","id") WHERE "comments"."parent_id" is null;