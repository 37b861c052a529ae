import type { RouteFeature } from './server';
import { widgetRoutes } from './widget';

/** Routes every server gets, one line per feature (see SKELETON.md "Adding routes"). */
export const defaultFeatures: RouteFeature[] = [
  widgetRoutes, // channels: /widget.js, /demo, /privacy, /reference, /api/search
];
