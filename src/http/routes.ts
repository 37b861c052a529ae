import { widgetRoutes } from './pageRoutes';
import { limitsFeature } from './limits';
import { securityFeature } from './security';
import { insightsRoute } from './insightsRoute';
import type { RouteFeature } from './feature';

/** Routes every server gets, one line per feature: a feature is a function that adds its own routes. */
export const defaultFeatures: RouteFeature[] = [
  securityFeature(), limitsFeature(), // safety-of-service: security headers, body limit, rate limits (env-configured)
  widgetRoutes, // channels: /widget.js, /demo, /privacy, /reference, /api/search
  insightsRoute, // insights: GET /insights for staff (Bearer INSIGHTS_TOKEN; no token set → no route)
];
