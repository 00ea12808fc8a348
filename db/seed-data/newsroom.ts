// The newsroom's work in progress in the demo: drafts by the demo writer and editor, one in review and
// one scheduled to go live in a few days. Fictional, like everything in universe.ts.
import type { SeedArticle } from './articles';

export type NewsroomSeedArticle = Omit<SeedArticle, 'draft' | 'author'> & {
  status: 'draft' | 'review' | 'scheduled';
  by: 'writer' | 'editor';
  /** For the scheduled one: how long after seeding it goes live. */
  scheduledInHours?: number;
};

export const NEWSROOM_ARTICLES: NewsroomSeedArticle[] = [
  {
    slug: 'crown-of-ash-costume-workshop',
    title: 'Inside the costume workshop of Crown of Ash',
    dek: 'Three hundred hanbok, dyed by hand: a visit to the team that dresses a historical epic.',
    category: 'making-of',
    tags: ['crown-of-ash', 'historical'],
    status: 'draft',
    by: 'writer',
    body: `The workshop sits above a noodle shop in Mapo, and it smells of indigo.

## Dye before thread

> "If the blue is wrong, the king looks like a clerk," the costume lead says.

The costume lead starts every robe with colour, not cut. Court officials wear three shades of blue that a camera can tell apart even by lantern light.

- Notes to add: the number of dye baths per robe
- Quote from the embroidery team (waiting for approval)

_To do: photos from the second visit._`,
  },
  {
    slug: 'lumen-comeback-tracklist-first-listen',
    title: 'LUMEN’s comeback tracklist: a first listen',
    dek: 'Ten songs, two producers and a closing ballad nobody expected.',
    category: 'k-pop',
    tags: ['lumen', 'comeback'],
    status: 'review',
    by: 'writer',
    body: `LUMEN open their new album with a forty-second a cappella intro, and it sets the tone: this is a record that trusts quiet.

> "We wanted people to hear the breaths," the lead producer told us.

## The singles

- Track 1: the a cappella intro
- Track 2: the title track

The title track keeps the group's bright synths but slows the chorus down, leaving room for the members' harmonies.

## The surprise

The closing ballad was written by the youngest member in the practice room, recorded in one take and kept that way.`,
  },
  {
    slug: 'seven-summers-finale-preview',
    title: 'Seven Summers in Gangneung: what to watch for in the finale',
    dek: 'Four threads the last episode has to tie, and one it might leave loose on purpose.',
    category: 'drama-news',
    tags: ['seven-summers', 'finale', 'coming-of-age'],
    status: 'scheduled',
    by: 'editor',
    scheduledInHours: 72,
    body: `Sixteen weeks of summers, and one episode left.

## The lighthouse letter

Episode 15 showed the envelope but not the handwriting. The finale's title, "Return Address", is not subtle.

> "Return Address" is the only title of the season that names a place you go back to.

## The friendship, not the romance

- Yeon-woo's move to Seoul
- The café's last summer

The show has always been about the four friends first. Expect the last scene to be theirs.`,
  },
];
