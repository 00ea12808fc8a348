// The demo community's people and words: fictional fans and original comments, written for this project.
// `{subject}` becomes the drama or act the article is about.

export const FANS = [
  { name: 'Kim Da-eun', email: 'daeun@fans.hallyu.test' },
  { name: 'Park Ji-ho', email: 'jiho@fans.hallyu.test' },
  { name: 'Lee Seo-yeon', email: 'seoyeon@fans.hallyu.test' },
  { name: 'Choi Min-jun', email: 'minjun@fans.hallyu.test' },
  { name: 'Jung Ha-rin', email: 'harin@fans.hallyu.test' },
  { name: 'Maria Santos', email: 'maria@fans.hallyu.test' },
  { name: 'Aiko Tanaka', email: 'aiko@fans.hallyu.test' },
  { name: 'Emma Lindqvist', email: 'emma@fans.hallyu.test' },
  { name: 'Noor Haddad', email: 'noor@fans.hallyu.test' },
  { name: 'Jake Miller', email: 'jake@fans.hallyu.test' },
  { name: 'Chloé Martin', email: 'chloe@fans.hallyu.test' },
  { name: 'Rahul Iyer', email: 'rahul@fans.hallyu.test' },
] as const;

/** A reader suspended by the demo moderator, so the users page and the audit log have a case to show. */
export const SUSPENDED_FAN = { name: 'Han Seung-woo', email: 'seungwoo@fans.hallyu.test', reason: 'Posted finale spoilers without a warning, twice', days: 7 };

/** What an article is about decides what fans say under it. */
export type Flavour = 'drama' | 'music' | 'general';

// Top-level comments. General lines fit any article; the others only articles about a drama or an act.
export const TOP_LEVEL_LINES: Record<Flavour, string[]> = {
  general: [
    'Not me refreshing this page every hour waiting for news 😅',
    'This article put into words exactly what I was feeling. Thank you!',
    '대박... I did not see that coming at all.',
    'I love that this site covers the crew too, not only the stars.',
    '화이팅! Proud of everyone who worked on this.',
    'The comments here are so much kinder than other places. Love this community 💜',
    "Anyone else reading this from another time zone? It's 3am here and I regret nothing.",
    'Great write-up, thank you for all the detail.',
    'Sharing this with my group chat right now.',
    '진짜 좋아요! More articles like this, please.',
  ],
  drama: [
    'The way {subject} handled that scene had me pausing just to breathe.',
    'I started {subject} because a friend insisted, and now I am the one recommending it to everyone.',
    'The cinematography this week was gorgeous. Every frame could be a poster.',
    'Honestly the second lead deserves more screen time.',
    'Watching {subject} with my mom and she is even more invested than I am lol',
    'Is there any word on a second season of {subject}? Please say yes.',
    'The chemistry between the leads is unreal. You can tell they worked on it.',
    "Subtitles on my platform are a day late again, so I'm reading this before watching. No regrets.",
    'Can someone explain the scene with the letter? I feel like I missed a clue.',
    'I appreciate that the story takes its time. Not everything needs to be rushed.',
    'My weekend plan: rewatch {subject}, cry, repeat.',
    'Small detail, but the props team deserves an award for this one.',
    '진짜 감동이었어요. That ending made me call my grandmother.',
    'A solid 9/10 from me. One point off only because I need more episodes.',
    'Finally someone mentions the director! The pacing choices were brilliant.',
    '정말 최고예요! {subject} never disappoints.',
  ],
  music: [
    'The fan chant for {subject} is already stuck in my head 🎶',
    "Okay but can we talk about the b-side? It's been on repeat since Sunday.",
    '정말 최고예요! {subject} never disappoints.',
    'Their stage presence has grown so much since debut.',
    'I was skeptical after the teaser but I am fully converted now.',
    'The choreography in the bridge is unreal. How do they do that live?',
    'Streaming goal reached before lunch, well done everyone 💜',
    '{subject} on a music show this week? My lightstick is ready.',
    'I hope the international release keeps the original lyrics.',
    'The vocal line carried this one. Goosebumps.',
  ],
};

export const REPLY_LINES = [
  'Same here! I thought I was the only one.',
  'Totally agree with you 👏',
  '맞아요! Exactly this.',
  'Ha, my sister said the exact same thing yesterday.',
  'I see it a little differently, but that is a fair point.',
  "Such a good observation. I'm rewatching with that in mind.",
  'Welcome to the fandom! You picked a great one to start with.',
  'Go back and look again, there is a hint in there 😉',
  'Ahh thank you for saying this ㅠㅠ',
  'Yes! The little details make it.',
  'Me too, 3am club 🙋',
  'Agreed, the crew never gets enough credit.',
  "You're not alone, I cried too.",
  'Haha this made my day.',
];

// The moderation cases a moderator finds on first opening /moderation.
export const BANNED_WORD = 'freefollowers';
export const HELD_LINE = 'Get freefollowers for your fan account, message me for the price!';
export const HIDDEN_LINE = 'Earn money from home in one hour!!! The link is on my profile.';
export const REPORTED_LINES = [
  { text: 'Anyone who enjoys this has terrible taste, honestly.', reason: 'harassment', reporters: 2 },
  // Placed under an article about a drama.
  { text: '{subject} spoiler: the mentor was lying the whole time and the finale proves it.', reason: 'spoilers', reporters: 1 },
] as const;
