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

export const TOP_LEVEL_LINES = [
  'The way {subject} handled that scene had me pausing just to breathe.',
  "Okay but can we talk about the soundtrack? It's been on repeat since Sunday.",
  '정말 최고예요! {subject} never disappoints.',
  'Not me refreshing this page every hour waiting for news 😅',
  'I started {subject} because a friend insisted, and now I am the one recommending it to everyone.',
  'The cinematography this week was gorgeous. Every frame could be a poster.',
  'Honestly the second lead deserves more screen time.',
  'This article put into words exactly what I was feeling. Thank you!',
  'Watching with my mom and she is even more invested than I am lol',
  '대박... I did not see that coming at all.',
  'Is there any word on a second season? Please say yes.',
  'The chemistry between the leads is unreal. You can tell they worked on it.',
  'I love that this site covers the crew too, not only the stars.',
  "Subtitles on my platform are a day late again, so I'm reading this before watching. No regrets.",
  'Can someone explain the scene with the letter? I feel like I missed a clue.',
  'The fan chant for {subject} is already stuck in my head 🎶',
  '화이팅! Proud of everyone who worked on this.',
  'I appreciate that the story takes its time. Not everything needs to be rushed.',
  'My weekend plan: rewatch {subject}, cry, repeat.',
  'Small detail, but the props team deserves an award for this one.',
  'I was skeptical after the trailer but I am fully converted now.',
  'The comments here are so much kinder than other places. Love this community 💜',
  'Finally someone mentions the director! The pacing choices were brilliant.',
  "Anyone else watching from another time zone? It's 3am here and I regret nothing.",
  '진짜 감동이었어요. That ending made me call my grandmother.',
  'Adding {subject} to my list right now.',
  'I hope the international release keeps the original music.',
  "The OST singer's voice fits this story perfectly.",
  'A solid 9/10 from me. One point off only because I need more episodes.',
  'Great write-up. The part about rehearsals was fascinating.',
];

export const REPLY_LINES = [
  'Same here! I thought I was the only one.',
  'Totally agree with you 👏',
  '맞아요! Exactly this.',
  'Ha, my sister said the exact same thing yesterday.',
  'I see it a little differently, but that is a fair point.',
  "Such a good observation. I'm rewatching with that in mind.",
  'Welcome to the fandom! You picked a great one to start with.',
  "Check the first episode again, there's a hint there 😉",
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
  { text: 'Everyone who likes {subject} has terrible taste, honestly.', reason: 'harassment', reporters: 2 },
  { text: '{subject} spoiler: the mentor was lying the whole time and the last episode proves it.', reason: 'spoilers', reporters: 1 },
] as const;
