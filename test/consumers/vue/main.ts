// The Vue 3 app as a user mounts it: the tags registered and typed by intel-brief/vue, the
// reference brief given as a property, a second brief fetched from `src`.
import 'intel-brief/vue';
import { createApp } from 'vue';
import { validateBrief } from 'intel-brief';
import json from 'intel-brief/briefs/cyber-slavery-2024.json';
import minimalUrl from 'intel-brief/briefs/minimal.json?url';
import App from './App.vue';

const result = validateBrief(json);
if (!result.ok) throw new Error('the reference brief is invalid');
createApp(App, { brief: result.brief, src: minimalUrl }).mount('#app');
