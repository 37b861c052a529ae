import { widgetRoutes } from './pageRoutes';
import { limitsFeature } from './limits';
import { securityFeature } from './security';
import { insightsRoute } from './insightsRoute';
import { downloadRoute } from './downloadRoute';
import { corsFeature } from './cors';
import type { RouteFeature } from './feature';

/** Routes every server gets, one line per feature: a feature is a function that adds its own routes. */
export const defaultFeatures: RouteFeature[] = [
  securityFeature(), corsFeature(), limitsFeature(), // safety-of-service: security headers, CORS for ALLOWED_ORIGINS, body limit, rate limits (env-configured)
  widgetRoutes, // channels: /widget.js, /demo, /privacy, /reference, /api/search
  downloadRoute, // files: GET /files/:id (and /print) for the letter and the calendar file, 15 minutes, any instance
  insightsRoute, // insights: GET /insights for staff (Bearer INSIGHTS_TOKEN; no token set → no route)
];
