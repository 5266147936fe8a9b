export { type AppContext, buildApp } from './app.ts';
export { type Config, readConfig } from './config.ts';
export { startServer, startupBanner } from './server.ts';
