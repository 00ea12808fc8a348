// Hallyu's demo universe: every drama, idol, platform and person here is fictional, written for this project.

export const CATEGORIES = [
  { slug: 'drama-news', name: 'Drama News', description: 'Casting, premieres, ratings and finales from the world of K-drama.' },
  { slug: 'k-pop', name: 'K-pop', description: 'Comebacks, tours, music shows and the people behind the songs.' },
  { slug: 'recaps', name: 'Episode Recaps', description: 'What happened, what it meant, and what to watch for next week.' },
  { slug: 'making-of', name: 'Making-of', description: 'Behind-the-scenes videos and the crews who make the magic.' },
  { slug: 'reviews', name: 'Reviews', description: 'Our critics on the dramas and albums worth your time.' },
] as const;

export type CategorySlug = (typeof CATEGORIES)[number]['slug'];

export const AUTHORS = [
  { slug: 'seo-min-ji', name: 'Seo Min-ji', bio: 'Senior drama editor. Has watched every Sunday-night finale since 2009 and still cries at airport goodbyes.' },
  { slug: 'daniel-park', name: 'Daniel Park', bio: 'Music reporter covering comebacks, charts and the business of idol agencies.' },
  { slug: 'yoon-hana', name: 'Yoon Hana', bio: 'Recap writer with a spreadsheet of every cliffhanger. Loves historical dramas and second leads.' },
  { slug: 'lim-jae-won', name: 'Lim Jae-won', bio: 'Visits sets and editing suites to explain how dramas are made. Former assistant director.' },
  { slug: 'priya-raman', name: 'Priya Raman', bio: 'Critic writing about K-drama for international audiences, with a soft spot for slow-burn romance.' },
  { slug: 'sofia-castillo', name: 'Sofia Castillo', bio: 'Fan-culture reporter: fan meetings, lightsticks, and the communities that keep shows alive.' },
] as const;

export type Drama = {
  slug: string;
  title: string;
  genre: string;
  genreTag: string;
  platform: string;
  episodes: number;
  city: string;
  leads: [string, string];
  roles: [string, string];
  director: string;
  writer: string;
  premise: string;
  hook: string;
};

export const DRAMAS: Drama[] = [
  {
    slug: 'moonlit-pharmacy', title: 'Moonlit Pharmacy', genre: 'healing drama', genreTag: 'healing', platform: 'Pulse+',
    episodes: 16, city: 'Busan', leads: ['Kang Do-yoon', 'Han Seo-ah'], roles: ['Cha Eun-woo-jin', 'Moon Ga-eul'],
    director: 'Ahn Sung-hee', writer: 'Jo Bo-ram',
    premise: 'a night-shift pharmacist in a Busan harbour district who hands out remedies and unsolicited advice to strangers who cannot sleep',
    hook: 'the pharmacy only opens after midnight, and nobody in the neighbourhood knows why',
  },
  {
    slug: 'last-ferry-to-jeju', title: 'The Last Ferry to Jeju', genre: 'romantic thriller', genreTag: 'thriller', platform: 'Channel Hanbit',
    episodes: 12, city: 'Mokpo', leads: ['Park Ji-hwan', 'Lee Na-rae'], roles: ['Do Kyung-ho', 'Yoon Si-a'],
    director: 'Kwon Hyuk', writer: 'Shin Mi-jung',
    premise: 'two strangers who miss the last ferry of the night and become the only witnesses to a disappearance on the pier',
    hook: 'every episode covers a single night, told out of order',
  },
  {
    slug: 'crown-of-ash', title: 'Crown of Ash', genre: 'historical epic', genreTag: 'historical', platform: 'Pulse+',
    episodes: 20, city: 'Hanyang', leads: ['Yoo Tae-min', 'Choi Ha-eun'], roles: ['Prince Yi Hwan', 'Court physician Seol'],
    director: 'Min Jae-hoon', writer: 'Gong Ji-soo',
    premise: 'an exiled Joseon prince and a court physician who fake a plague to keep a rival faction out of the palace',
    hook: 'the palace fire of the first episode is re-examined from a different witness each week',
  },
  {
    slug: 'cafe-ondo', title: 'Office Hours at Café Ondo', genre: 'romantic comedy', genreTag: 'rom-com', platform: 'StreamBox Korea',
    episodes: 16, city: 'Seoul', leads: ['Bae Min-seok', 'Jung Yu-ri'], roles: ['Ko Tae-yang', 'Ham Bo-mi'],
    director: 'Seong Da-in', writer: 'Woo Hee-sun',
    premise: 'a burnt-out start-up founder who rents a corner table of a tiny Mangwon café as his office, to the barista-owner\'s growing despair',
    hook: 'the café\'s chalkboard menu changes with the mood of every episode',
  },
  {
    slug: 'signal-lost', title: 'Signal Lost', genre: 'sci-fi mystery', genreTag: 'sci-fi', platform: 'Channel Hanbit',
    episodes: 10, city: 'Daejeon', leads: ['Oh Jun-seo', 'Seo Ye-rin'], roles: ['Engineer Ryu Han', 'Detective Gil Mi-rae'],
    director: 'Hwang In-pyo', writer: 'Baek Seung-ah',
    premise: 'a radio telescope engineer who starts receiving weather reports from three days in the future',
    hook: 'the forecasts are always right, except about the people who hear them',
  },
  {
    slug: 'seven-summers', title: 'Seven Summers in Gangneung', genre: 'coming-of-age drama', genreTag: 'coming-of-age', platform: 'StreamBox Korea',
    episodes: 12, city: 'Gangneung', leads: ['Nam Gi-ho', 'Kim Da-bin'], roles: ['Jin Woo-hyun', 'Lee Sol'],
    director: 'Cha Eun-byul', writer: 'Noh Ji-yeon',
    premise: 'five school friends who meet at the same beach every summer for seven years, each episode jumping a season',
    hook: 'the cast is played by two generations of actors who never share a scene',
  },
  {
    slug: 'prosecutor-baek', title: 'Prosecutor Baek\'s Second Chance', genre: 'legal drama', genreTag: 'legal', platform: 'Pulse+',
    episodes: 16, city: 'Incheon', leads: ['Baek Hyun-joon', 'Yang Eun-seo'], roles: ['Prosecutor Baek Do-jin', 'Public defender Im Chae-won'],
    director: 'Kwak Min-su', writer: 'Pyo Hye-jin',
    premise: 'a disgraced prosecutor who takes a job as a public defender\'s investigator and must argue against his old office',
    hook: 'the courtroom scenes are filmed in single, unbroken takes',
  },
  {
    slug: 'hanok-hotel', title: 'Hanok Hotel', genre: 'slice-of-life drama', genreTag: 'slice-of-life', platform: 'Channel Hanbit',
    episodes: 8, city: 'Jeonju', leads: ['Song Ji-ah', 'Ryu Seung-bin'], roles: ['Innkeeper Hong Da-som', 'Chef Baek Kang'],
    director: 'Yeom Ga-ram', writer: 'Choi Yoon-ji',
    premise: 'three generations of women running a seven-room hanok guesthouse during its final season before redevelopment',
    hook: 'each episode is named after a dish served at the guesthouse breakfast',
  },
];

export type Act = {
  slug: string;
  name: string;
  kind: 'boy group' | 'girl group' | 'soloist' | 'duo';
  agency: string;
  members: string[];
  album: string;
  single: string;
  sound: string;
  fandom: string;
};

export const ACTS: Act[] = [
  {
    slug: 'nova-9', name: 'NOVA-9', kind: 'boy group', agency: 'Orbit Entertainment',
    members: ['Jiho', 'Rian', 'Seojun', 'Kai-L', 'Doha', 'Minu', 'Yeon', 'Taeo', 'Haneul'],
    album: 'Gravity Letters', single: 'Afterglow Protocol', sound: 'a glossy synth-pop track built on a brass hook', fandom: 'Novas',
  },
  {
    slug: 'lumen', name: 'LUMEN', kind: 'girl group', agency: 'Mirae Sound',
    members: ['Sena', 'Yuju-A', 'Harin', 'Bora', 'Eunji-K'],
    album: 'Paper Lanterns', single: 'Neon Hanbok', sound: 'a drum-and-bass track with a gugak flute sample in the bridge', fandom: 'Glowers',
  },
  {
    slug: 'echoline', name: 'ECHOLINE', kind: 'boy group', agency: 'Bluebird Label',
    members: ['Woojin-E', 'Sol', 'Haesung', 'Dan'],
    album: 'Static Bloom', single: 'Radio Silence', sound: 'a guitar-led band sound that the members co-produced', fandom: 'Echoes',
  },
  {
    slug: 'velvet-tide', name: 'Velvet Tide', kind: 'girl group', agency: 'Orbit Entertainment',
    members: ['Ara', 'Jiwoo-V', 'Nari', 'Somi-T', 'Gaeul', 'Yena-V'],
    album: 'Undertow', single: 'Saltwater Crown', sound: 'a dark R&B track with a whispered pre-chorus', fandom: 'Tiders',
  },
  {
    slug: 'seo-jian', name: 'Seo Jian', kind: 'soloist', agency: 'Mirae Sound',
    members: ['Seo Jian'],
    album: 'Small Hours', single: 'Streetlight Waltz', sound: 'a piano ballad in three-four time', fandom: 'Jianites',
  },
  {
    slug: 'paper-planes', name: 'Paper Planes', kind: 'duo', agency: 'Bluebird Label',
    members: ['Hyeon', 'Maru'],
    album: 'Flight Mode', single: 'Window Seat', sound: 'a breezy city-pop track with live bass', fandom: 'Passengers',
  },
];

export const TOPIC_TAGS = [
  ['casting', 'Casting'], ['ratings', 'Ratings'], ['ost', 'OST'], ['comeback', 'Comeback'], ['music-show', 'Music shows'],
  ['fan-meeting', 'Fan meetings'], ['world-tour', 'World tour'], ['finale', 'Finale'], ['premiere', 'Premiere'],
  ['interview', 'Interview'], ['music-video', 'Music video'], ['choreography', 'Choreography'], ['streaming', 'Streaming'],
  ['awards', 'Awards'], ['webtoon', 'Webtoon adaptation'], ['filming-locations', 'Filming locations'], ['recap', 'Recap'], ['review', 'Review'],
  ['behind-the-scenes', 'Behind the scenes'],
] as const;

export const GENRE_TAGS = [
  ['healing', 'Healing drama'], ['thriller', 'Thriller'], ['historical', 'Historical'], ['rom-com', 'Rom-com'],
  ['sci-fi', 'Sci-fi'], ['coming-of-age', 'Coming-of-age'], ['legal', 'Legal drama'], ['slice-of-life', 'Slice of life'],
] as const;
