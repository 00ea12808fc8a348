import Image from 'next/image';
import { IMAGE_FORMATS, IMAGE_WIDTHS, imageUrl, uploadedImageKey } from '@/lib/media/variants';

// An article's hero. Uploaded images already exist as AVIF and WebP at every width a page needs
// (lib/media/variants.ts): the browser picks from them directly. The site's own illustrations go through
// next/image, which makes the same kinds of copies on demand.
type Props = { src: string; alt: string; sizes: string; priority?: boolean; className?: string };

export function HeroImage({ src, alt, sizes, priority = false, className }: Props) {
  const key = uploadedImageKey(src);
  if (!key) return <Image src={src} alt={alt} width={1200} height={675} sizes={sizes} priority={priority} className={className} />;
  const srcSet = (format: (typeof IMAGE_FORMATS)[number]) => IMAGE_WIDTHS.map((w) => `${imageUrl(key, w, format)} ${w}w`).join(', ');
  return (
    <picture>
      <source type="image/avif" srcSet={srcSet('avif')} sizes={sizes} />
      <source type="image/webp" srcSet={srcSet('webp')} sizes={sizes} />
      {/* eslint-disable-next-line @next/next/no-img-element -- the copies are made at upload; see above */}
      <img src={src} alt={alt} width={1200} height={675} sizes={sizes} loading={priority ? 'eager' : 'lazy'} fetchPriority={priority ? 'high' : undefined} decoding="async" className={className} />
    </picture>
  );
}
