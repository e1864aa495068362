import { useId, type SVGProps } from 'react';

interface DiagramSvgProps extends Omit<SVGProps<SVGSVGElement>, 'role' | 'width' | 'height' | 'viewBox'> {
  width: number;
  height: number;
  /** What the picture shows, with the current numbers: its text alternative. */
  description: string;
}

/** Every diagram's outer SVG: sized in its own units, an image to assistive technology, described in words. */
export function DiagramSvg({ width, height, description, className, children, ...rest }: DiagramSvgProps) {
  const titleId = useId();
  return (
    <svg
      className={`diagram ${className ?? ''}`}
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      role="img"
      aria-labelledby={titleId}
      {...rest}
    >
      <title id={titleId}>{description}</title>
      {children}
    </svg>
  );
}
