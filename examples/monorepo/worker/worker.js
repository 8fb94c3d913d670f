import { setInterval } from 'node:timers'
import { greeting } from '../libs/common/greeting.js'

setInterval(() => console.log(greeting('worker')), 60_000)
