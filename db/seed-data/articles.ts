// Demo articles, written from the fictional facts in universe.ts. Each writer function is one kind of story.
import type { VideoEmbed, WatchCta } from '../schema';
import { ACTS, DRAMAS, type Act, type CategorySlug, type Drama } from './universe';

export type SeedArticle = {
  slug: string;
  title: string;
  dek: string;
  body: string;
  category: CategorySlug;
  author: string;
  tags: string[];
  video?: VideoEmbed;
  watchCta?: WatchCta;
  draft?: boolean;
};

const watch = (d: Drama, episode: number): WatchCta => ({
  title: `${d.title}, episode ${episode}`,
  platform: d.platform,
  url: `https://example.com/watch/${d.slug}/episode-${episode}`,
});

function premiere(d: Drama): SeedArticle {
  return {
    slug: `${d.slug}-premiere-first-look`,
    title: `'${d.title}' premieres with a quiet confidence`,
    dek: `${d.leads[0]} and ${d.leads[1]} lead ${d.director}'s ${d.genre}, now streaming on ${d.platform}.`,
    category: 'drama-news',
    author: 'seo-min-ji',
    tags: [d.slug, d.genreTag, 'premiere', 'streaming'],
    watchCta: watch(d, 1),
    body: `**${d.title}** arrived on ${d.platform} this week, and it does not rush. The ${d.episodes}-episode ${d.genre} follows ${d.premise}.

## The set-up

Writer ${d.writer} spends most of the first hour in ${d.city}, letting the city do the introductions. ${d.leads[0]} plays ${d.roles[0]}, and ${d.leads[1]} plays ${d.roles[1]}; by the time they share a scene, the show has already told us ${d.hook}.

> "We wanted the audience to feel like they had wandered in by accident and decided to stay," director ${d.director} said at the press showcase.

## What to know before you start

- **Episodes:** ${d.episodes}, released two a week.
- **Where:** ${d.platform}, with subtitles in twelve languages on day one.
- **Tone:** closer to a long exhale than a cliffhanger machine, at least for now.

The premiere ends on a small, strange image rather than a twist, and it works. We will be recapping every week.`,
  };
}

function recap(d: Drama, episode: number): SeedArticle {
  const lead = d.roles[episode % 2];
  const other = d.roles[(episode + 1) % 2];
  return {
    slug: `${d.slug}-episode-${episode}-recap`,
    title: `'${d.title}' episode ${episode} recap: ${episode === 1 ? 'the first night' : 'no way back'}`,
    dek: `${lead} makes a choice that changes the shape of the season. Spoilers ahead.`,
    category: 'recaps',
    author: 'yoon-hana',
    tags: [d.slug, d.genreTag, 'recap'],
    watchCta: watch(d, episode + 1),
    body: `*Spoilers for episode ${episode} of ${d.title} follow.*

Episode ${episode} opens where the last one left us, in ${d.city}, and for once ${lead} is the one who asks for help.

## What happened

1. ${lead} finally tells ${other} the truth about the first night, in a scene that runs almost six minutes without music.
2. The supporting cast gets its best material yet: the subplot about the neighbour's missing cat turns out to matter.
3. The final minutes return to the premise (${d.hook}) and give it a twist we did not see coming.

> "You keep asking what I want. Nobody has asked me that in years."

## What it means

${d.writer}'s script keeps withholding the obvious confrontation, and the restraint is paying off. ${d.leads[episode % 2]} plays the long silence in the middle of the episode with real control.

## Questions for next week

- Who left the message on the answering machine?
- Will ${other} keep the secret, or use it?
- How long can the show keep ${d.city} this empty?

Score: **${7 + (episode % 3)}/10**.`,
  };
}

function makingOf(d: Drama, videoId: string): SeedArticle {
  return {
    slug: `${d.slug}-behind-the-scenes`,
    title: `Inside the making of '${d.title}'`,
    dek: `A new behind-the-scenes video shows how ${d.director}'s crew built the look of ${d.city} on a tight schedule.`,
    category: 'making-of',
    author: 'lim-jae-won',
    tags: [d.slug, 'behind-the-scenes', 'filming-locations', d.genreTag],
    video: { provider: 'youtube', id: videoId, title: `${d.title}: behind the scenes` },
    watchCta: watch(d, 1),
    body: `${d.platform} released a twelve-minute making-of film for **${d.title}** this week, and it is a small masterclass in doing a lot with a little.

## Building ${d.city}

Production designer Noh Eun-sil explains that most of the exteriors were shot in a single week, before dawn, "when the city still belongs to delivery drivers and cats." The interiors were built on a soundstage in Paju, with the same tiles shipped from the location so the floor would match.

> "The camera lingers on hands a lot in this show. So every prop that gets touched had to be real," she says.

## Three things we learned

- The rain in the opening episode is real: the crew waited four nights for it.
- ${d.leads[0]} learned the basics of the main character's trade for two months before filming.
- The colour palette changes subtly as the season goes on, warming up as the characters do.

## The long take

The video's best section follows a single scene from blocking to final cut. Watch how ${d.director} moves the camera only when ${d.leads[1]} moves: a rule, we learn, that the crew called "the leash."`,
  };
}

function review(d: Drama): SeedArticle {
  const score = 3 + (d.title.length % 3) * 0.5;
  return {
    slug: `${d.slug}-review`,
    title: `Review: '${d.title}' is ${score >= 4 ? 'the best thing on your watchlist' : 'flawed, warm and worth it'}`,
    dek: `Our critic on ${d.genre} done ${score >= 4 ? 'brilliantly' : 'with more heart than polish'}.`,
    category: 'reviews',
    author: 'priya-raman',
    tags: [d.slug, d.genreTag, 'review'],
    body: `There is a moment in the third episode of **${d.title}** when ${d.roles[1]} stops mid-sentence and looks out at ${d.city}, and the show simply waits with her. That patience is the drama's greatest strength, and occasionally its weakness.

## What works

${d.leads[0]} and ${d.leads[1]} have the kind of chemistry that does not need declarations. ${d.writer}'s script trusts small gestures: a borrowed umbrella, a reheated meal, a door left unlocked.

> The best scenes feel overheard rather than performed.

## What does not

- The middle stretch leans on a corporate subplot that never earns its screen time.
- One villain is drawn far too broadly for a show this careful.
- The episode count could have been trimmed by two.

## Verdict

| | |
|---|---|
| Story | ${score >= 4 ? 'Excellent' : 'Good'} |
| Performances | Excellent |
| Rewatch value | ${score >= 4 ? 'High' : 'Moderate'} |
| Our score | **${score} / 5** |

If you liked the premise (${d.premise}), you will forgive it everything else.`,
  };
}

function comeback(a: Act): SeedArticle {
  return {
    slug: `${a.slug}-comeback-${a.album.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`,
    title: `${a.name} announce '${a.album}', led by '${a.single}'`,
    dek: `${a.agency} confirms the ${a.kind}'s new album, with ${a.single} as the title track and a music-show week to follow.`,
    category: 'k-pop',
    author: 'daniel-park',
    tags: [a.slug, 'comeback', 'music-show'],
    body: `${a.agency} has confirmed that **${a.name}** will return with *${a.album}*, their first release in eight months.

## The title track

'${a.single}' is described by the label as ${a.sound}. ${a.members.length > 1 ? `${a.members[0]} and ${a.members[1]} are credited as co-writers on two B-sides.` : `${a.members[0]} wrote the lyrics alone, a first.`}

> "We wanted the album to sound like the walk home after a concert," ${a.members[0]} said in a short statement to ${a.fandom}.

## The schedule

- Teaser photos roll out over five days, one concept per day.
- The music video premieres at 6 p.m. KST on release day.
- A music-show week follows, with a pre-recorded stage for the fan club.

*${a.album}* has ${7 + (a.name.length % 4)} tracks. Pre-orders open on the agency's store this Friday.`,
  };
}

function musicVideo(a: Act, videoId: string): SeedArticle {
  return {
    slug: `${a.slug}-${a.single.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-mv-making-of`,
    title: `How ${a.name} shot the '${a.single}' music video in one night`,
    dek: `A making-of film shows the choreography rehearsals, the rain machine, and one very cold river.`,
    category: 'making-of',
    author: 'lim-jae-won',
    tags: [a.slug, 'music-video', 'choreography', 'behind-the-scenes'],
    video: { provider: 'youtube', id: videoId, title: `${a.name} – ${a.single} MV making film` },
    body: `${a.agency} uploaded the making film for **'${a.single}'**, and it answers the question ${a.fandom} have been asking since the premiere: yes, that was real water.

## Rehearsal

The choreography was finished only nine days before the shoot. ${a.members[0]} explains that the chorus move, a sharp turn on the off-beat, took "about four hundred attempts."

## The shoot

- Call time was 7 p.m.; the last shot wrapped at 6:40 a.m.
- The river scene was filmed in two takes because the water was 9 °C.
- The drone shot at the bridge was planned for the end and moved to the start when clouds rolled in.

> "When the sun came up we all just lay down on the gravel. That is the shot they used for the ending," says ${a.members[a.members.length - 1]}.

The film ends with a thank-you to the ${a.fandom}, written by hand on a fogged-up van window.`,
  };
}

function interview(a: Act): SeedArticle {
  return {
    slug: `${a.slug}-interview`,
    title: `${a.name} on '${a.album}', burnout and the songs that nearly did not make it`,
    dek: `A long conversation about writing, rest and what the ${a.fandom} taught them.`,
    category: 'k-pop',
    author: 'sofia-castillo',
    tags: [a.slug, 'interview', 'world-tour'],
    body: `We met **${a.name}** in a rehearsal room in Seongsu, two weeks before the first date of their tour.

## On the album

**The record feels calmer than the last one. Was that deliberate?**

"We were tired of shouting," ${a.members[0]} laughs. "${a.single} started as a demo at three in the morning. We kept the mistakes."

## On rest

**You took a month off last year. What changed?**

"We learned to say that we are tired. It sounds simple. It was not."

> "The ${a.fandom} send letters about their own lives now, not just about us. That changed how we write."

## Quick fire

- **Comfort food:** kimchi-jjigae after every last show.
- **Most-played song in the van:** an old city-pop record nobody will name.
- **Dream stage:** an outdoor show in the rain.`,
  };
}

function ratings(week: number): SeedArticle {
  const rows = DRAMAS.slice(0, 6)
    .map((d, i) => `| ${d.title} | ${d.platform} | ${(9.8 - i * 1.1 - (week % 3) * 0.2).toFixed(1)}% |`)
    .join('\n');
  return {
    slug: `weekly-ratings-week-${week}`,
    title: `Weekly ratings: '${DRAMAS[week % DRAMAS.length].title}' holds the top spot`,
    dek: 'Where every drama on our watchlist landed this week, and who is climbing.',
    category: 'drama-news',
    author: 'seo-min-ji',
    tags: ['ratings', ...DRAMAS.slice(0, 3).map((d) => d.slug)],
    body: `Another week, another close race. Here is how the dramas we follow performed in nationwide viewership.

## The table

| Drama | Platform | Nationwide |
|---|---|---|
${rows}

## Takeaways

- Streaming-first dramas now report weekly viewing hours as well, which makes comparisons tricky.
- Word of mouth is doing the heavy lifting for the smaller shows.

> Ratings are only part of the story: the most-discussed show of the week was not in the top three.`,
  };
}

function ost(d: Drama, a: Act): SeedArticle {
  return {
    slug: `${d.slug}-ost-${a.slug}`,
    title: `${a.name} sing the new OST for '${d.title}'`,
    dek: `The ${a.kind} contributes a ballad to the soundtrack, released ahead of the next episode.`,
    category: 'k-pop',
    author: 'daniel-park',
    tags: [d.slug, a.slug, 'ost'],
    body: `**${a.name}** have recorded part three of the soundtrack for **${d.title}**, a slow ballad that will play under the drama's most anticipated scene.

## The song

Written by the show's music director with ${a.members[0]}, it leans on strings and a single piano line, a change from ${a.sound}.

> "I read the script before recording. I tried to sing it like ${d.roles[1]} would, if she ever let herself," ${a.members[0]} said.

- Release: this Saturday, 6 p.m. KST
- Length: 4 minutes 12 seconds
- Instrumental version included`,
  };
}

function finale(d: Drama): SeedArticle {
  return {
    slug: `${d.slug}-finale-date`,
    title: `'${d.title}' finale set, cast thanks fans in handwritten letters`,
    dek: `The last two episodes air next week; ${d.leads[0]} and ${d.leads[1]} say goodbye to their characters.`,
    category: 'drama-news',
    author: 'sofia-castillo',
    tags: [d.slug, 'finale', 'fan-meeting'],
    body: `${d.platform} has confirmed the date of the **${d.title}** finale, and the cast marked the moment with handwritten letters shared on the show's official channel.

## From the letters

> "${d.roles[0]} taught me to stay in the room a little longer," wrote ${d.leads[0]}.

> "Thank you for watching a slow show in a fast world," wrote ${d.leads[1]}.

## What is next

- A fan meeting in ${d.city} is planned for next month, with tickets by lottery.
- A director's-cut box set has been announced, with commentary on every episode.`,
  };
}

const VIDEO_IDS = ['hY7mLq2xN4c', 'Zr3pK8vTb1w', 'aQ5dW9eRt6y', 'Lm2Nb7Vc4Xz', 'Pq8Ws3Ed5Rf', 'Tg6Yh2Uj9Ik'];

/** The demo archive, newest first. */
export function buildSeedArticles(): SeedArticle[] {
  const list: SeedArticle[] = [];
  DRAMAS.forEach((d, i) => {
    list.push(premiere(d), recap(d, 1), recap(d, 2), review(d));
    if (i < 4) list.push(makingOf(d, VIDEO_IDS[i]));
    if (i < 3) list.push(finale(d));
  });
  ACTS.forEach((a, i) => {
    list.push(comeback(a));
    if (i < 2) list.push(musicVideo(a, VIDEO_IDS[4 + i]));
    if (i < 4) list.push(interview(a));
    if (i < 3) list.push(ost(DRAMAS[i + 3], a));
  });
  list.push(ratings(1), ratings(2), ratings(3));
  // Interleave kinds (a fixed, seeded shuffle) so the newest articles are a mix, not eight premieres in a row.
  let state = 20_261_125;
  const random = () => ((state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
  const mixed = list
    .map((article) => ({ article, order: random() }))
    .sort((a, b) => a.order - b.order)
    .map((x) => x.article);
  mixed.push({ ...premiere(DRAMAS[0]), slug: 'draft-moonlit-pharmacy-season-two', title: 'Draft: season two rumours', draft: true });
  return mixed;
}
