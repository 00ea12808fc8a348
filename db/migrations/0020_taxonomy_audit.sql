ALTER TYPE "public"."moderation_action_kind" ADD VALUE 'category_create';--> statement-breakpoint
ALTER TYPE "public"."moderation_action_kind" ADD VALUE 'category_change';--> statement-breakpoint
ALTER TYPE "public"."moderation_action_kind" ADD VALUE 'tag_rename';--> statement-breakpoint
ALTER TYPE "public"."moderation_action_kind" ADD VALUE 'byline_create';--> statement-breakpoint
ALTER TYPE "public"."moderation_action_kind" ADD VALUE 'byline_change';