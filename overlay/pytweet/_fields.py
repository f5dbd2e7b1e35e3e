"""The fixed field lists PyTweet 1.3.6 sends with every lookup (reference §3), verbatim and in its order."""

EXPANSIONS = (
    "attachments.poll_ids,attachments.media_keys,author_id,geo.place_id,in_reply_to_user_id,referenced_tweets.id,"
    "entities.mentions.username,referenced_tweets.id.author_id"
)
TWEET_FIELDS = (
    "attachments,author_id,context_annotations,conversation_id,created_at,geo,entities,in_reply_to_user_id,lang,"
    "possibly_sensitive,public_metrics,referenced_tweets,reply_settings,source,text,withheld"
)
USER_FIELDS = (
    "created_at,description,entities,id,location,name,profile_image_url,protected,public_metrics,url,username,"
    "verified,withheld,pinned_tweet_id"
)
SPACE_FIELDS = (
    "host_ids,created_at,creator_id,id,lang,invited_user_ids,participant_count,speaker_ids,started_at,state,title,"
    "updated_at,scheduled_start,is_ticketed"
)
MEDIA_FIELDS = "duration_ms,height,media_key,preview_image_url,public_metrics,type,url,width"
PLACE_FIELDS = "contained_within,country,country_code,full_name,geo,id,name,place_type"
POLL_FIELDS = "duration_minutes,end_datetime,id,options,voting_status"

TWEET_QUERY = {
    "tweet_fields": TWEET_FIELDS,
    "user_fields": USER_FIELDS,
    "expansions": EXPANSIONS,
    "media_fields": MEDIA_FIELDS,
    "place_fields": PLACE_FIELDS,
    "poll_fields": POLL_FIELDS,
}
"""A single tweet lookup's fields, as keyword arguments of the generated builder (its wire order is 1.3.6's)."""
