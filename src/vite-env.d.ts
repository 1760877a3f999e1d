/** The build's id, from vite.config.ts (`define`). */
declare const __APP_BUILD__: string;
